"""The meeting as data, read from a file: safely from bytes to text to YAML, and checked beyond the schema.

- :mod:`.text`: only a regular file, never more than the size limit, UTF-8 without control characters;
- :mod:`.yaml_safe`: YAML to plain data and its nodes (for line numbers), refusing what no meeting needs;
- :mod:`.dates`: dates that do not fit together, as errors or warnings;
- :mod:`.field_problem`: a problem across fields that names the field at fault.

:mod:`bot.loader` puts these together with the schema of :mod:`bot.models`.
"""
