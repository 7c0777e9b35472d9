require 'faraday'

conn = Faraday.new

response = conn.put('https://api.example.com/notes/1') do |req|
  req.headers['Content-Type'] = 'text/plain; charset=utf-8'
  req.body = "Dear \"user\",\nit's $5 for \#{item} `now`.\r\n\tC:\\path 😀\n"
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
