require 'httparty'

response = HTTParty.delete(
  'https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose',
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
