require 'net/http'
require 'uri'

uri = URI('https://api.example.com/raw')
request = Net::HTTP::Post.new(uri)
request['content-type'] = 'application/json'
request.body = " foo/bar \n"

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
