# The site tests/test_sphinx_site.py builds: the test copies it into a temporary folder, adds
# specs/ (the repository's specs and a hostile one) and runs `python -m sphinx -b html -W`.
project = "snippetgen"
extensions = ["sphinx_design", "snippetgen.integrations.sphinx"]
exclude_patterns = ["_build", "snippet-templates"]

snippetgen_languages = ["curl", "python", "go"]
# A secret's value is shown masked (s3c*****MASKED*****); the tests check it is nowhere in the build.
snippetgen_vars = {"yourClientSecret": "s3cr3t-value-0123456789"}
