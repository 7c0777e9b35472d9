require 'net/http'
require 'uri'

uri = URI('https://myapi.com/api')
request = Net::HTTP::Get.new(uri)
request['authorization'] = 'Bearer {accessToken}'
request['content-type'] = 'application/json'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
