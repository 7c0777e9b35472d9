require 'httparty'

response = HTTParty.get(
  'https://{apiHost}/v1/me',
  headers: {
    'Authorization' => 'Bearer {token}',
  },
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
