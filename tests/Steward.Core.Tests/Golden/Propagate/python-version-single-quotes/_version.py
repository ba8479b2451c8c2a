# file generated once, edited by steward
__version__ = '0.1.0'
VERSION_TUPLE = (0, 1, 0)
