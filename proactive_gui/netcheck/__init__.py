"""Network readiness checks for IT: a verdict, the evidence and a remedy per stage."""
