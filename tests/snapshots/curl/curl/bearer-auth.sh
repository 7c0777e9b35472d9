curl --request GET \
  --url 'https://{apiHost}/v1/me' \
  --header 'Authorization: Bearer {token}'
