require 'faraday'

conn = Faraday.new

response = conn.get('https://api.example.com/api') do |req|
  req.headers['authorization'] = 'Bearer ACCESS_TOKEN'
  req.headers['content-type'] = 'application/json'
  req.headers['content-language'] = 'en'
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
