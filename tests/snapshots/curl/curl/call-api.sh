curl --request GET \
  --url https://myapi.com/api \
  --header 'authorization: Bearer {accessToken}'
