require 'httparty'

response = HTTParty.get(
  'https://api.example.com/api',
  headers: {
    'authorization' => 'Bearer ACCESS_TOKEN',
    'content-type' => 'application/json',
    'content-language' => 'en',
  },
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
