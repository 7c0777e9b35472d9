{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

url = ~c"https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty="
headers = [
  {~c"Authorization", ~c"Bearer {token}"},
  {~c"X-Quote", ~c"it's \"quoted\" $HOME"},
  {~c"X-Empty", ~c""}
]

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

request = {url, headers}

case :httpc.request(:get, request, [ssl: ssl], body_format: :binary) do
  {:ok, {{_version, status, _reason}, _headers, response}} ->
    IO.puts(status)
    IO.puts(response)

  {:error, reason} ->
    IO.puts(:stderr, "request failed: #{inspect(reason)}")
    exit({:shutdown, 1})
end
