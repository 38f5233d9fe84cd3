import { enhance } from './index';

// The entry of the script the build puts on the page (a module: it runs once the HTML is parsed).
enhance(document);
