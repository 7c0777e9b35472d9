require 'faraday'

conn = Faraday.new

response = conn.head('https://api.example.com/items/42')

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
