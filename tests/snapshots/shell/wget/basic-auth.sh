# wget sends --body-data as it is given: the form is URL-encoded here, so URL-encode the values you fill in.
# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=POST \
  --header='Content-Type: application/x-www-form-urlencoded' \
  --user='{clientId}' \
  --password='{clientSecret}' \
  --auth-no-challenge \
  --body-data=grant_type=client_credentials \
  'https://{yourDomain}/oauth/token' || [ $? -eq 8 ]
