"""Reporters: the only code that formats a Report for people or machines."""
