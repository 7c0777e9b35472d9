require 'faraday'
require 'uri'

conn = Faraday.new do |f|
  # Faraday 2: f.request :authorization, :basic, username, password
  f.request :basic_auth, '{clientId}', '{clientSecret}'
end

response = conn.post('https://{yourDomain}/oauth/token') do |req|
  req.headers['Content-Type'] = 'application/x-www-form-urlencoded'
  req.body = URI.encode_www_form([
    ['grant_type', 'client_credentials'],
  ])
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
