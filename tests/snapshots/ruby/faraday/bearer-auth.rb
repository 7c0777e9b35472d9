require 'faraday'

conn = Faraday.new

response = conn.get('https://{apiHost}/v1/me') do |req|
  req.headers['Authorization'] = 'Bearer {token}'
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
