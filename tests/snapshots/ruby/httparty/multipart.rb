require 'httparty'

# HTTParty sends as a file part any object with path and read; content_type and
# original_filename give the part's content type and filename.
FilePart = Struct.new(:path, :content_type, :original_filename) do
  def read
    File.read(path, mode: 'rb:UTF-8') # the bytes as they are, in a string HTTParty can join with text
  end
end

response = HTTParty.post(
  'https://api.example.com/v1/upload?dryRun',
  headers: {
    'accept' => 'application/json',
  },
  multipart: true,
  body: {
    'description' => "Q3 report; it's \"final\", 100% & done\nsecond line é",
    'report' => FilePart.new('{reportPath}', 'application/pdf', 'report.pdf'),
    'logo' => FilePart.new('{logoPath}', 'application/octet-stream', File.basename('{logoPath}')),
    'note' => '',
  },
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
