require 'httparty'
require 'uri'

response = HTTParty.post(
  'https://{yourDomain}/oauth/token',
  headers: {
    'Content-Type' => 'application/x-www-form-urlencoded',
  },
  basic_auth: { username: '{clientId}', password: '{clientSecret}' },
  body: URI.encode_www_form([
    ['grant_type', 'client_credentials'],
  ]),
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
