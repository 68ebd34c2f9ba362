// Entry of the script Facebook pages run in their own world: it exports nothing, so the page
// gets no global of ours to find or tamper with.
import { install } from './facebook-times';

install(document);
