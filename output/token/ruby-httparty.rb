require 'httparty'
require 'uri'

response = HTTParty.post(
  'https://{yourDomain}/oauth/token',
  headers: {
    'content-type' => 'application/x-www-form-urlencoded',
  },
  body: URI.encode_www_form([
    ['grant_type', 'client_credentials'],
    ['client_id', '{yourClientId}'],
    ['client_secret', '{yourClientSecret}'],
    ['audience', 'YOUR_API_IDENTIFIER'],
  ]),
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
