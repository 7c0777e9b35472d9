curl --request GET \
  --url https://api.example.com/api \
  --header 'authorization: Bearer ACCESS_TOKEN' \
  --header 'content-type: application/json' \
  --header 'content-language: en'
