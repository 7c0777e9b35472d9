require 'net/http'
require 'uri'

uri = URI('http://cache.example.com:8080/page')
request = Net::HTTPGenericRequest.new('PURGE', false, true, uri)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
