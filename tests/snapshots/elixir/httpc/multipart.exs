{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

url = ~c"https://api.example.com/v1/upload?dryRun"
headers = [
  {~c"accept", ~c"application/json"}
]

# :httpc has no multipart encoder: the body is built here, parts in order, with a fixed
# boundary, which must not occur in any part: the check below makes sure.
boundary = "snippetgen-form-boundary-7MA4YWxkTrZu0gW"

parts = [
  {"description", "Q3 report; it's \"final\", 100% & done\nsecond line é", nil},
  {"report", File.read!("{reportPath}"), {"report.pdf", "application/pdf"}},
  # No filename given: the file's base name.
  {"logo", File.read!("{logoPath}"), {Path.basename("{logoPath}"), "application/octet-stream"}},
  {"note", "", nil}
]

part_head = fn
  nil, name -> ~s(Content-Disposition: form-data; name="#{name}"\r\n)
  {filename, type}, name -> ~s(Content-Disposition: form-data; name="#{name}"; filename="#{filename}"\r\nContent-Type: #{type}\r\n)
end

body =
  IO.iodata_to_binary([
    for {name, data, file} <- parts do
      if :binary.match(data, boundary) != :nomatch do
        raise "the multipart boundary occurs in part #{name}"
      end

      ["--", boundary, "\r\n", part_head.(file, name), "\r\n", data, "\r\n"]
    end,
    "--",
    boundary,
    "--\r\n"
  ])

# :httpc checks certificates only when asked: verify the server against the CA bundle that
# SSL_CERT_FILE names, or else the system's, and its host name as HTTPS does.
ca =
  case System.get_env("SSL_CERT_FILE") do
    nil -> [cacerts: :public_key.cacerts_get()]
    file -> [cacertfile: String.to_charlist(file)]
  end

ssl =
  [
    verify: :verify_peer,
    customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
  ] ++ ca

request = {url, headers, ~c"multipart/form-data; boundary=" ++ String.to_charlist(boundary), body}

case :httpc.request(:post, request, [ssl: ssl], body_format: :binary) do
  {:ok, {{_version, status, _reason}, _headers, response}} ->
    IO.puts(status)
    IO.puts(response)

  {:error, reason} ->
    IO.puts(:stderr, "request failed: #{inspect(reason)}")
    exit({:shutdown, 1})
end
