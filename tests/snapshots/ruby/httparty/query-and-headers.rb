require 'httparty'

response = HTTParty.get(
  'https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=',
  headers: {
    'Authorization' => 'Bearer {token}',
    'X-Quote' => 'it\'s "quoted" $HOME',
    'X-Empty' => '',
  },
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
