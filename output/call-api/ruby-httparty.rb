require 'httparty'

response = HTTParty.get(
  'https://myapi.com/api',
  headers: {
    'authorization' => 'Bearer {accessToken}',
    'content-type' => 'application/json',
  },
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
