require 'faraday'

conn = Faraday.new

response = conn.get('https://myapi.com/api') do |req|
  req.headers['authorization'] = 'Bearer {accessToken}'
  req.headers['content-type'] = 'application/json'
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
