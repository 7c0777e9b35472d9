curl --request GET \
  --url https://api.example.com/trace \
  --header 'accept: application/json' \
  --header 'x-trace: one' \
  --header 'X-Trace: two, three' \
  --header 'Cookie: session={sessionId}; theme=dark'
