"""Exit codes of every command: 0 done, 1 the work failed, 2 the command or a value was
wrong (argparse's own code for a usage error)."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
