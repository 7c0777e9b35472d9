require 'httparty'

response = HTTParty.get(
  'https://api.example.com/trace',
  # One value per header name: repeated ones are joined with ", " ("; " for cookies).
  headers: {
    'accept' => 'application/json',
    'x-trace' => 'one, two, three',
    'Cookie' => 'session={sessionId}; theme=dark',
  },
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
