require 'faraday'

# Faraday reads a URL's query into a hash and writes it again, sorted and with repeated names
# together; this params encoder sends the query as the URL writes it.
module QueryAsWritten
  def self.decode(query)
    { query => nil }
  end

  def self.encode(params)
    params.keys.join('&')
  end
end

conn = Faraday.new(request: { params_encoder: QueryAsWritten })

response = conn.delete('https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose')

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
