# runtime.check of the Elixir clients: compiles a snippet as the body of a function, so nothing in
# it runs, and fails on a syntax error, an undefined name or any warning (an unused variable, a
# deprecated call). Elixir 1.14 cannot make Code.compile_string fail on warnings, so they are
# captured and counted here.
[file] = System.argv()
source = "defmodule SnippetCheck do\ndef run do\n" <> File.read!(file) <> "\nend\nend\n"
{:ok, _} = Application.ensure_all_started(:ex_unit)
warnings = ExUnit.CaptureIO.capture_io(:stderr, fn -> Code.compile_string(source, file) end)
IO.write(:stderr, warnings)

if warnings =~ "warning:" do
  exit({:shutdown, 1})
end
