#!/usr/bin/env bash
set -euo pipefail
# placeholder until its issue lands
