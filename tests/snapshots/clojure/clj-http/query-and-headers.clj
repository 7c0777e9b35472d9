(ns example
  (:require [clj-http.client :as client]))

(let [response (client/get "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty="
                           {:headers {"Authorization" "Bearer {token}"
                                      "X-Quote" "it's \"quoted\" $HOME"
                                      "X-Empty" ""}
                            :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
