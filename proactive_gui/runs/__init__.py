"""Run folders: what the instrument writes (RunInfo, RunParameters, InterOp), read safely,
summarised, split into what may travel and what stays on this PC, and followed live."""
