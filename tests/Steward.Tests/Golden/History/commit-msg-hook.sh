#!/bin/sh
# steward-commit-msg-hook: installed by 'steward hooks install'.
# Checks the commit message against Conventional Commits; 'git commit --no-verify' skips it once.
if command -v steward >/dev/null 2>&1; then
  exec steward lint --message-file "$1"
fi
echo "commit-msg: steward is not on PATH, so the message was not checked (dotnet tool install --global Steward)" >&2
exit 0
