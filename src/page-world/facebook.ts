// Entry of the script Facebook pages run in their own world: it exports nothing, so the page
// gets no global of ours to find or tamper with.
import { watchGraphql } from './facebook-graphql';
import { install } from './facebook-times';

watchGraphql(window);
install(document);
