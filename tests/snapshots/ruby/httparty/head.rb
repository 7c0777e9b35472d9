require 'httparty'

response = HTTParty.head(
  'https://api.example.com/items/42',
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
