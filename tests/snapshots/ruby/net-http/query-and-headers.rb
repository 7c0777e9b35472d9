require 'net/http'
require 'uri'

uri = URI('https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=')
request = Net::HTTP::Get.new(uri)
request['Authorization'] = 'Bearer {token}'
request['X-Quote'] = 'it\'s "quoted" $HOME'
request['X-Empty'] = ''

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
