// The proxy answers an unknown issuer, person, ticker or filing address with the 404 page; this
// request header tells that page which address was asked for (its own path is the rewrite's).
export const NOT_STORED_HEADER = 'x-section16-not-stored';
