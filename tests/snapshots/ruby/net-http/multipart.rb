require 'net/http'
require 'uri'

uri = URI('https://api.example.com/v1/upload?dryRun')
request = Net::HTTP::Post.new(uri)
request['accept'] = 'application/json'
# Parts in order; a text part is [name, value] and carries no content type.
# A file part without a filename: option sends the base name of its path.
request.set_form([
  ['description', "Q3 report; it's \"final\", 100% & done\nsecond line é"],
  ['report', File.open('{reportPath}', 'rb'), { filename: 'report.pdf', content_type: 'application/pdf' }],
  ['logo', File.open('{logoPath}', 'rb'), { content_type: 'application/octet-stream' }],
  ['note', ''],
], 'multipart/form-data')

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
