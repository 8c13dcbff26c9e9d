"""`python -m claimledger` runs the command line."""

from claimledger.cli.main import main

main()
