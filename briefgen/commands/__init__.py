"""Command modules, each registered in briefgen/cli.py with one ``main.add_command`` line."""
