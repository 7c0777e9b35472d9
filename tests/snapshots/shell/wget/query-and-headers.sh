# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --header='Authorization: Bearer {token}' \
  --header='X-Quote: it'\''s "quoted" $HOME' \
  --header='X-Empty: ' \
  'https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=' || [ $? -eq 8 ]
