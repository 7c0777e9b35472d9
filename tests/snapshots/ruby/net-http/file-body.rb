require 'net/http'
require 'uri'

uri = URI('https://api.example.com/v1/blobs/42')
request = Net::HTTP::Put.new(uri)
request['Content-Type'] = 'application/octet-stream'
request.body = File.binread('{payloadPath}')

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
