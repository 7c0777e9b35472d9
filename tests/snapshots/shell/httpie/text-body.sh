http --ignore-stdin --print=hb PUT https://api.example.com/notes/1 \
  'Content-Type:text/plain; charset=utf-8' \
  --raw=$'Dear "user",\x0ait\'s $5 for #{item} `now`.\x0d\x0a\x09C:\\path 😀\x0a'
