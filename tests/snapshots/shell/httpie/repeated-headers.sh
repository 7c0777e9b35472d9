http --ignore-stdin --print=hb GET https://api.example.com/trace \
  accept:application/json \
  x-trace:one \
  'X-Trace:two, three' \
  'Cookie:session={sessionId}; theme=dark'
