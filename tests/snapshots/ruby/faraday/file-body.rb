require 'faraday'

conn = Faraday.new

response = conn.put('https://api.example.com/v1/blobs/42') do |req|
  req.headers['Content-Type'] = 'application/octet-stream'
  req.body = File.binread('{payloadPath}')
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
