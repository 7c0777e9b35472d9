require 'httparty'
require 'uri'

response = HTTParty.post(
  'https://api.example.com/form',
  headers: {
    'Content-Type' => 'application/x-www-form-urlencoded',
  },
  body: URI.encode_www_form([
    ['scope', 'read'],
    ['scope', 'write & delete'],
    ['note', "a+b=c 100% 'q' \"dq\" \\ $x \#{y} é 😀\nnew line"],
  ]),
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
